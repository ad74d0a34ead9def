import { deepEqual, equal, ok } from "node:assert/strict";
import { renderToString } from "preact-render-to-string";
import { Island, serializeProps } from "./island.tsx";

function Echo({ text }: { text: string }) {
  return <p>{text}</p>;
}

const HOSTILE = `</script><script>alert(1)</script><!-- \u2028 & "quotes"`;

Deno.test("serializeProps() output cannot close the script block and parses back exactly", () => {
  const json = serializeProps({ text: HOSTILE });
  ok(!json.includes("<"), "no raw < survives");
  ok(!json.includes(">"));
  deepEqual(JSON.parse(json), { text: HOSTILE });
});

Deno.test("Island renders the marker, its props block and the server HTML of the component", () => {
  const html = renderToString(<Island name="Echo" component={Echo} props={{ text: HOSTILE }} />);
  const script = /<script type="application\/json" id="([^"]+)">([\s\S]*?)<\/script>/.exec(html);
  ok(script, "a props block is rendered");
  deepEqual(JSON.parse(script[2]), { text: HOSTILE });
  ok(html.includes(`data-island="Echo" data-props="${script[1]}"`));
  equal(
    html.split("</script>").length,
    2,
    "exactly one </script>: the hostile prop did not add one",
  );
  ok(html.includes("<p>&lt;/script>"), "the component's own output is escaped by Preact");
});
