// Command host starts the Team Metrics plugin exactly like Grafana 12.4 and calls it.
//
//	host query <query.json> [--from RFC3339] [--to RFC3339] [--exe path] [--settings settings.json] [--json]
//	host health | metrics [--exe path] [--settings settings.json]
//	host resource <path> [--method GET] [--body file] [--exe path] [--settings settings.json]
//	host bench [--exe path] [--starts 10] [--queries 1000] [--concurrency 50]
package main

import (
	"flag"
	"fmt"
	"os"
)

const usage = `usage:
  host query <query.json> [--from RFC3339 --to RFC3339] [--exe path] [--settings settings.json] [--rows N] [--json]
  host health   [--exe path] [--settings settings.json]
  host resource <path> [--method GET] [--body file] [--exe path] [--settings settings.json]
  host metrics  [--exe path] [--settings settings.json]
  host bench    [--exe path] [--starts 10] [--queries 1000] [--concurrency 50]

The executable defaults to $TEAMMETRICS_PLUGIN_EXE, else ../../dist/gpx_teammetrics_<os>_<arch>
relative to tests/grafana-host. query.json holds one query object or an array of them.
settings.json is either a full instance {"uid","name","jsonData","secureJsonData","lastUpdatedMS"}
or just the jsonData object.
`

func main() {
	if len(os.Args) < 2 {
		fmt.Fprint(os.Stderr, usage)
		os.Exit(2)
	}
	cmds := map[string]func([]string) error{
		"query": cmdQuery, "health": cmdHealth, "resource": cmdResource, "metrics": cmdMetrics, "bench": cmdBench,
	}
	run, ok := cmds[os.Args[1]]
	if !ok {
		fmt.Fprint(os.Stderr, usage)
		os.Exit(2)
	}
	if err := run(os.Args[2:]); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}

// parseInterleaved parses flags that may appear before or after positional arguments.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
}
