import type { ComponentType } from "preact";

/**
 * Serialises island props for a `<script type="application/json">` block.
 * `<`, `>` and `&` are escaped as unicode escapes, so a prop holding
 * `</script>` or `<!--` cannot end the block or open a comment, and
 * U+2028/U+2029 cannot break older parsers. `JSON.parse` restores them.
 */
export function serializeProps(props: unknown): string {
  return JSON.stringify(props ?? {})
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

let counter = 0;

/**
 * Server-renders `component` inside a marker that `client.ts` hydrates in
 * the browser. `name` must match the component's key in `client.ts`; props
 * must be JSON-serialisable (no functions, no Dates).
 */
export function Island<P extends Record<string, unknown>>(
  { name, component: Component, props }: { name: string; component: ComponentType<P>; props: P },
) {
  const id = `island-${name}-${++counter}`;
  return (
    <>
      <script
        type="application/json"
        id={id}
        dangerouslySetInnerHTML={{ __html: serializeProps(props) }}
      />
      <div data-island={name} data-props={id}>
        <Component {...props} />
      </div>
    </>
  );
}
