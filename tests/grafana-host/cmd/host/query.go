package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"teammetrics/grafanahost/internal/host"
	"teammetrics/grafanahost/internal/report"
)

func cmdQuery(args []string) error {
	fs := flag.NewFlagSet("query", flag.ExitOnError)
	var c commonFlags
	c.register(fs)
	today := time.Now().UTC().Truncate(24 * time.Hour)
	from := fs.String("from", today.AddDate(0, 0, -30).Format(time.RFC3339), "range start (RFC3339)")
	to := fs.String("to", today.Format(time.RFC3339), "range end (RFC3339)")
	fs.IntVar(&report.MaxRows, "rows", 40, "max rows printed per frame (-1 = all)")
	asJSON := fs.Bool("json", false, "print the decoded response as JSON (Grafana's /api/ds/query shape) instead of tables")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return fmt.Errorf("query needs exactly one query file, got %d args", len(pos))
	}
	tFrom, err := time.Parse(time.RFC3339, *from)
	if err != nil {
		return fmt.Errorf("--from: %w", err)
	}
	tTo, err := time.Parse(time.RFC3339, *to)
	if err != nil {
		return fmt.Errorf("--to: %w", err)
	}
	queries, err := loadQueries(pos[0], tFrom, tTo)
	if err != nil {
		return err
	}
	h, err := c.start()
	if err != nil {
		return err
	}
	defer stop(h)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	began := time.Now()
	resp, err := h.QueryData(ctx, queries...)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeResponseJSON(os.Stdout, resp)
	}
	fmt.Printf("QueryData: %d quer(ies), %s .. %s, took %v\n\n", len(queries), tFrom.Format(time.RFC3339), tTo.Format(time.RFC3339), time.Since(began).Round(time.Microsecond))
	report.Responses(os.Stdout, resp)
	return nil
}

// loadQueries reads one query object or an array; a missing refId becomes A, B, C, ...
func loadQueries(path string, from, to time.Time) ([]host.Query, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var items []json.RawMessage
	if strings.HasPrefix(strings.TrimSpace(string(raw)), "[") {
		if err := json.Unmarshal(raw, &items); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	} else {
		items = []json.RawMessage{raw} // sent as-is, even if malformed
	}
	out := make([]host.Query, 0, len(items))
	for i, it := range items {
		var m struct {
			RefID string `json:"refId"`
		}
		_ = json.Unmarshal(it, &m)
		if m.RefID == "" {
			m.RefID = string(rune('A' + i%26))
		}
		out = append(out, host.NewQuery(m.RefID, string(it), from, to))
	}
	return out, nil
}
