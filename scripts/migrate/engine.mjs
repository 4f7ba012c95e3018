// Loads Prisma's WebAssembly schema engine. The Prisma CLI would download a native engine, which is
// impossible offline, so we instantiate `@prisma/schema-engine-wasm` ourselves (see
// shared/DATABASE.md). Plain `import` of the package's entry would need Node's
// --experimental-wasm-modules flag, hence the hand-made WebAssembly.Instance.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

let enginePromise;

/** Returns the engine module's `SchemaEngine` class, instantiating the wasm once per process. */
export function loadSchemaEngine() {
  enginePromise ??= (async () => {
    // The engine reports Rust panics through this global; without it a panic becomes a bare
    // "unreachable" trap, so we keep the message and add it to the error we throw.
    globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
      message: "",
      set_message(message) {
        this.message = `RuntimeError: ${message}`;
      },
    };
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const glue = await import(gluePath);
    const bytes = await readFile(join(dirname(gluePath), "schema_engine_bg.wasm"));
    const compiled = await WebAssembly.compile(bytes);
    const instance = new WebAssembly.Instance(compiled, { "./schema_engine_bg.js": glue });
    glue.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return glue.SchemaEngine;
  })();
  return enginePromise;
}

/** The panic message the engine left behind, if any (cleared on read). */
export function takePanicMessage() {
  const registry = globalThis.PRISMA_WASM_PANIC_REGISTRY;
  const message = registry?.message ?? "";
  if (registry) registry.message = "";
  return message;
}
