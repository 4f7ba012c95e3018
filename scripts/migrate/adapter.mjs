// The driver adapter the schema engine talks to PostgreSQL through: `@prisma/adapter-pg`, with two
// fixes applied to every connection (and every transaction) it hands out.
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";

const CHAR_OID = 18; // PostgreSQL's one-byte "char" type (pg_class.relkind, pg_constraint.contype, …)
const TEXT_OID = 25;

/**
 * DATABASE.md trap 2: the engine's catalog queries return `"char"` columns, which the adapter
 * refuses ("Column type 'char' could not be deserialized"). No OID maps to the Character column type
 * inside the adapter, and mapping to Text makes the engine panic on PostgreSQL 18, so we run the
 * adapter's own `queryRaw` against a view of the connection whose `performIO` presents those fields
 * as text, then report them as Character. The view is per call, so concurrent queries cannot mix up
 * their column lists.
 */
function reportCharColumnsAsCharacter(queryable) {
  const queryRaw = queryable.queryRaw;
  queryable.queryRaw = async function (query) {
    const charColumns = [];
    const view = Object.create(queryable, {
      performIO: {
        value: async (q) => {
          const result = await queryable.performIO(q);
          const fields = result.fields.map((field, i) => {
            if (field.dataTypeID !== CHAR_OID) return field;
            charColumns.push(i);
            return { ...field, dataTypeID: TEXT_OID };
          });
          return { fields, rows: result.rows, rowCount: result.rowCount };
        },
      },
    });
    const out = await queryRaw.call(view, query);
    for (const i of charColumns) out.columnTypes[i] = ColumnTypeEnum.Character;
    return out;
  };
}

/**
 * The adapter's `executeScript` splits scripts on every ";" and runs the pieces one by one, which
 * breaks function bodies and comments containing ";" and leaves half-applied migrations behind when a
 * statement fails. The native engine sends a migration as one simple-protocol query, which PostgreSQL
 * runs as a single implicit transaction; we do the same.
 */
function runScriptsWhole(adapter) {
  adapter.executeScript = async (script) => {
    if (process.env.MIGRATE_DEBUG) console.error(`[migrate] script:\n${script}`);
    try {
      await adapter.client.query(script);
    } catch (error) {
      // A failing migration deserves PostgreSQL's own message, code and position. Any error shaped
      // like a DriverAdapterError is re-summarised by the engine ("column not found: x"), so this one
      // goes through as a plain JS error, which the session looks up in the error registry.
      if (typeof error.code === "string" && typeof error.severity === "string") {
        const lines = [`${error.severity} ${error.code}: ${error.message}`];
        if (error.position) lines.push(`at character ${error.position} of the script`);
        if (error.detail) lines.push(`DETAIL: ${error.detail}`);
        if (error.hint) lines.push(`HINT: ${error.hint}`);
        throw new Error(lines.join("\n"));
      }
      adapter.onError(error); // connection trouble: the adapter's own classification
    }
  };
}

function patchConnection(adapter) {
  reportCharColumnsAsCharacter(adapter);
  runScriptsWhole(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => {
    const tx = await startTransaction(...args);
    reportCharColumnsAsCharacter(tx);
    return tx;
  };
  return adapter;
}

/**
 * Builds the factory for `SchemaEngine.new`. `openShadow()` must return `{ url, drop }` for a fresh,
 * empty database; the adapter's own shadow helper drops it while its pool is still open and leaves it
 * behind (trap 1), so the caller creates and drops it. Every connection is remembered so that
 * `closeAll()` can end the pools and let the process exit.
 */
export function createAdapterFactory(url, openShadow) {
  const open = new Set();
  const connect = async (connectionString, onDisposed) => {
    const adapter = patchConnection(await new PrismaPg({ connectionString }).connect());
    // The engine may dispose a connection itself and we dispose whatever is left at the end; ending a
    // pg pool twice throws, so disposal happens once. A shadow database is dropped only after its
    // pool has ended (trap 1).
    const end = adapter.dispose.bind(adapter);
    let disposing;
    adapter.dispose = () =>
      (disposing ??= (async () => {
        open.delete(adapter);
        try {
          await end();
        } finally {
          await onDisposed?.();
        }
      })());
    open.add(adapter);
    return adapter;
  };
  const factory = bindMigrationAwareSqlAdapterFactory({
    adapterName: "@prisma/adapter-pg",
    provider: "postgres",
    connect: () => connect(url),
    connectToShadowDb: async () => {
      const shadow = await openShadow();
      try {
        return await connect(shadow.url, shadow.drop);
      } catch (error) {
        await shadow.drop();
        throw error;
      }
    },
  });
  const closeAll = async () => {
    const results = await Promise.allSettled([...open].map((adapter) => adapter.dispose()));
    const failed = results.find((r) => r.status === "rejected");
    if (failed) throw failed.reason;
  };
  return { factory, closeAll };
}
