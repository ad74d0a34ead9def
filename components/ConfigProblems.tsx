import type { ConfigProblem } from "../lib/config/mod.ts";

/** A banner listing what is wrong with config.json, in plain words. */
export function ConfigProblems({ problems }: { problems: readonly ConfigProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <section class="panel warning" role="alert" data-testid="config-problems">
      <h2>The settings file has a problem</h2>
      <p>The controller is running with default settings until it is fixed:</p>
      <ul>
        {problems.map((p) => (
          <li>
            {p.field && <code>{p.field}</code>} {p.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
