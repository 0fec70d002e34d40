export const id = 335;
export const ids = [335];
export const modules = {

/***/ 335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   componentIds: () => (/* binding */ componentIds)
/* harmony export */ });
/**
 * Ids that MDX components render from their attributes (react.dev's `<Recipes titleId="examples-x">`,
 * `<TeamMember permalink="dan-abramov">`): a component tag alone on its line, parsed as JSX by
 * @babel/parser; its `id`, `…Id` and `permalink` string attributes are anchors of the page.
 */
/** Attribute names whose value a component renders as an element id. */
const ID_ATTRIBUTE = /^(?:id|[a-z]\w*Id|permalink)$/;
/** A line holding one component open tag (capitalized name), possibly self-closing. */
const TAG_LINE = /^\s*(<([A-Z][\w.]*)\b[^<>]*>)\s*$/;
/** The ids the component tags of `text` give (empty when it has none). */
async function componentIds(text) {
    if (!/(?:id|Id|permalink)=/.test(text))
        return [];
    const { parseExpression } = await __webpack_require__.e(/* import() */ 429).then(__webpack_require__.bind(__webpack_require__, 5429));
    const ids = [];
    for (const line of text.split('\n')) {
        const m = TAG_LINE.exec(line);
        if (!m)
            continue;
        const tag = m[1];
        let node;
        try {
            node = parseExpression(tag.endsWith('/>') ? tag : `${tag}</${m[2]}>`, { plugins: ['jsx'] });
        }
        catch {
            continue;
        }
        if (node.type !== 'JSXElement')
            continue;
        for (const attribute of node.openingElement.attributes) {
            if (attribute.type !== 'JSXAttribute' || attribute.name.type !== 'JSXIdentifier' || !ID_ATTRIBUTE.test(attribute.name.name))
                continue;
            if (attribute.value?.type === 'StringLiteral' && attribute.value.value !== '')
                ids.push(attribute.value.value);
        }
    }
    return ids;
}


/***/ })

};
