export const HELP = `Usage: npm run scenario -- <command> [options]

Commands:
  validate [dir]        Check every model folder under dir (default scenarios/):
                        <dir>/<model-id>/model.json and each scenario *.json beside it.
                        Prints "ok: …" or one line per problem (file: path: message).
                        Warns (exit 0) when presets of a model disagree about the
                        present (a driver's assessment, low or high) unless the model
                        says why in presetsDisagreeAboutThePresent, and when a summary
                        writes a number itself instead of an {event:ID} template.
  run <file>            Simulate one scenario with the model.json in its folder; print
                        the key judgments, what the outcome depends on (each source's
                        share of the horizon's uncertainty) and outcome probabilities by year.
      --json            Print the whole projection as JSON instead.
      --seed N          Override the scenario's seed (0 to 4294967295).
      --samples N       Override the sample count (100 to 200000).
      --lang en|ar      Language of the text output and of the files' headers (default en).
      --csv DIR         Also write the projection's tables into DIR, one CSV each (UTF-8
                        with BOM): about, judgments, drivers, events, states, index,
                        rupture, uncertainty, contributions, tornado.
      --xlsx FILE       Also write them as one Excel workbook, a sheet per table.
  migrate <folder>      Rewrite a model folder (model.json and its scenario files) from
                        format 1 to format 2: "format": 2, and each event's "date": D
                        becomes "window": {"from": D, "to": D}; nothing else changes.
                        Every file must be valid first, else nothing is written. A
                        folder already in format 2 is left as it is.
  schema --write        Regenerate static/schema/*.json from the zod schemas.
  schema --check        Fail when static/schema/*.json is out of date.

Options:
  -h, --help            Show this help.

Exit status: 0 on success, 1 on any problem.
`;
