// One schema-engine session: the engine, its adapter connections and any shadow databases, all closed
// again by `close()` so the process can exit promptly.
import { createAdapterFactory } from "./adapter.mjs";
import { shadowDatabaseOpener } from "./database.mjs";
import { loadSchemaEngine, takePanicMessage } from "./engine.mjs";

/** Entities the engine should treat as managed elsewhere: none (prisma.config.ts has no `tables`). */
export const FILTERS = { externalTables: [], externalEnums: [] };

/**
 * The engine's errors carry a span trace ("0: schema_engine_wasm::…  at …rs:242") after the message;
 * users need the message, plus the panic text when the engine crashed.
 */
export function engineErrorMessage(error, errorRegistry) {
  let message = String(error?.message ?? error);
  // Errors thrown in JS reach the engine as registry ids ("External error id#0"); show the original.
  message = message.replace(/(?:external connector error\n)?External error id#(\d+)/g, (text, id) => {
    const original = errorRegistry?.consumeError(Number(id))?.error;
    return original ? String(original.message ?? original) : text;
  });
  const trace = message.search(/\n\s*0: \S+::/);
  if (trace >= 0) {
    // The trace is the only place naming the migration that failed to apply.
    const migration = message.slice(trace).match(/migration_name="([^"]+)"/)?.[1];
    message = message.slice(0, trace);
    if (migration && !message.includes(migration)) message = `Migration \`${migration}\` failed:\n${message}`;
  }
  const panic = takePanicMessage();
  return panic ? `${message.trim()}\n${panic}` : message.trim();
}

// The engine logs JSON lines. INFO chatter is hidden; warnings and errors are shown, everything when
// MIGRATE_DEBUG is set.
function logFromEngine(line) {
  let entry;
  try {
    entry = JSON.parse(line);
  } catch {
    entry = { level: "INFO", fields: { message: line } };
  }
  if (process.env.MIGRATE_DEBUG || /WARN|ERROR/.test(entry.level)) {
    console.error(`[schema-engine ${entry.level}] ${entry.fields?.message ?? line}`);
  }
}

export async function openSession({ url, shadowUrl, schema }) {
  const SchemaEngine = await loadSchemaEngine();
  const shadows = shadowDatabaseOpener(url, shadowUrl);
  const { factory, closeAll } = createAdapterFactory(url, shadows.open);
  const close = async () => {
    try {
      await closeAll();
    } finally {
      await shadows.dropLeftovers();
    }
  };
  let engine;
  try {
    engine = await SchemaEngine.new(
      { datamodels: schema.files.map((file) => [file.path, file.content]) },
      logFromEngine,
      factory,
    );
  } catch (error) {
    await close();
    throw new Error(engineErrorMessage(error, factory.errorRegistry));
  }
  return {
    /** Calls an engine method, turning its rejections into readable errors. */
    async call(method, input) {
      const started = Date.now();
      try {
        return await engine[method](input);
      } catch (error) {
        throw new Error(engineErrorMessage(error, factory.errorRegistry));
      } finally {
        if (process.env.MIGRATE_DEBUG) console.error(`[migrate] ${method}: ${Date.now() - started} ms`);
      }
    },
    async close() {
      engine.free();
      await close();
    },
  };
}

export async function withSession(options, fn) {
  const session = await openSession(options);
  try {
    return await fn(session);
  } finally {
    await session.close();
  }
}
