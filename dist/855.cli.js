export const id = 855;
export const ids = [855];
export const modules = {

/***/ 855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compileSchema: () => (/* binding */ compileSchema)
/* harmony export */ });
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2815);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ajv_formats__WEBPACK_IMPORTED_MODULE_0__);
/** The JSON Schema compiler of frontmatter-schema (ajv with formats), in a module of its own so runs without schemas never load ajv. */


let ajv;
/** Compiles a schema with the formats the rule uses; throws on an invalid schema. */
function compileSchema(schema) {
    if (!ajv) {
        ajv = new ajv__WEBPACK_IMPORTED_MODULE_1__.Ajv({ allErrors: true, strict: false });
        ajv_formats__WEBPACK_IMPORTED_MODULE_0___default()(ajv);
    }
    return ajv.compile(schema);
}


/***/ })

};
