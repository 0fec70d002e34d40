export const id = 987;
export const ids = [987];
export const modules = {

/***/ 4987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plainJoin),
/* harmony export */   v: () => (/* binding */ setLinkPositions)
/* harmony export */ });
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
/** True for U+0021-U+007E. */
const graphic = (code) => code >= 0x21 && code <= 0x7e;
/** A plain target joined to `folder`, or undefined when it is not plain or names the root or a place above it. */
function plainJoin(folder, target) {
    if (target === '' || !graphic(target.charCodeAt(0)) || !graphic(target.charCodeAt(target.length - 1)))
        return undefined;
    if (target.startsWith('//') || SCHEME.test(target))
        return undefined;
    let path = target;
    const hash = path.indexOf('#');
    if (hash >= 0)
        path = path.slice(0, hash);
    const query = path.indexOf('?');
    if (query >= 0)
        path = path.slice(0, query);
    if (path === '' || path.includes('%'))
        return undefined;
    const segments = path.startsWith('/') || folder === '' ? [] : folder.split('/');
    for (const segment of path.split('/')) {
        if (segment === '' || segment === '.')
            continue;
        if (segment === '..') {
            if (segments.length === 0)
                return undefined;
            segments.pop();
        }
        else
            segments.push(segment);
    }
    return segments.length === 0 ? undefined : segments.join('/');
}
/** Sets `to` on each link of `doc`; `positions` maps each of the scan's paths to its position. */
function setLinkPositions(doc, positions) {
    if (doc.links.length === 0)
        return;
    const folder = doc.path.slice(0, Math.max(0, doc.path.lastIndexOf('/')));
    for (const link of doc.links) {
        const joined = link.kind === 'shortcode' ? undefined : plainJoin(folder, link.target);
        link.to = joined === undefined ? -1 : (positions.get(joined) ?? -1);
    }
}


/***/ })

};
