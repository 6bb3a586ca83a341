/**
 * The waiver file schema shipped with the package. The URL is built in a module two folders below
 * the package root because the bundled CLI (dist/bundle/main.js) sits at the same depth, so the
 * relative path is right in the sources, the compiled files and the bundle alike.
 */
export const WAIVER_SCHEMA_URL = new URL('../../schemas/waivers.schema.json', import.meta.url);
