package e2e

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/grafana/grafana-plugin-sdk-go/backend"

	"teammetrics/grafanahost/internal/host"
)

const (
	fuzzCount     = 520
	fuzzBatchSize = 10
	fuzzSeed      = 20261126
)

// ≥500 malformed/edge-case queries in batches; the process must survive and answer every refId
// with a valid status and either frames or an error; garbage gets 4xx plugin errors, never 5xx.
func TestFuzzQueries(t *testing.T) {
	seed := uint64(fuzzSeed)
	if s := os.Getenv("TEAMMETRICS_FUZZ_SEED"); s != "" {
		v, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("TEAMMETRICS_FUZZ_SEED: %v", err)
		}
		seed = v
	}
	t.Logf("fuzz seed %d (set TEAMMETRICS_FUZZ_SEED to change)", seed)
	h := fresh(t, host.Options{})
	cases := genFuzzCases(seed, fuzzCount)
	var problems []string
	statuses := map[string]int{}
	for start := 0; start < len(cases); start += fuzzBatchSize {
		batch := cases[start:min(start+fuzzBatchSize, len(cases))]
		queries := make([]host.Query, len(batch))
		for i, c := range batch {
			queries[i] = host.Query{RefID: fmt.Sprintf("Z%03d", start+i), JSON: c.json, From: c.from, To: c.to, QueryType: host.QueryTypeOf(c.json)}
		}
		resp, err := h.QueryData(ctx(t), queries...)
		if !h.Alive() {
			t.Fatalf("plugin process died during fuzz batch %d (cases %d..%d); inputs:\n%s\nstderr tail:\n%s", start/fuzzBatchSize, start, start+len(batch)-1, describeBatch(batch, start), h.StderrTail(20))
		}
		if err != nil {
			problems = append(problems, fmt.Sprintf("batch %d: %v\n%s", start/fuzzBatchSize, err, describeBatch(batch, start)))
			continue
		}
		for i, c := range batch {
			ref := queries[i].RefID
			r, ok := resp.Responses[ref]
			if !ok {
				problems = append(problems, fmt.Sprintf("%s [%s] no response for refId; json %s", ref, c.kind, short(c.json)))
				continue
			}
			key := fmt.Sprint(int(r.Status))
			if r.Error != nil {
				key += "/" + string(r.ErrorSource)
			}
			statuses[key]++
			if p := judgeFuzz(r); p != "" {
				problems = append(problems, fmt.Sprintf("%s [%s] %s; json %s; range %s..%s", ref, c.kind, p, short(c.json), c.from.Format("2006-01-02"), c.to.Format("2006-01-02")))
			}
		}
	}
	t.Logf("status/errorSource counts over %d cases: %v", len(cases), statuses)
	if len(problems) > 0 {
		shown := problems[:min(40, len(problems))]
		t.Errorf("%d of %d fuzz queries misbehaved (first %d):\n%s", len(problems), len(cases), len(shown), strings.Join(shown, "\n"))
	}
}

// judgeFuzz returns "" if the response is acceptable for arbitrary input.
func judgeFuzz(r backend.DataResponse) string {
	if r.Status < 100 || r.Status > 599 {
		return fmt.Sprintf("status %d outside 100..599", r.Status)
	}
	if r.Error == nil {
		if len(r.Frames) == 0 {
			return fmt.Sprintf("status %d with neither frames nor an error", r.Status)
		}
		if r.Status >= 400 {
			return fmt.Sprintf("status %d without an error message", r.Status)
		}
		return ""
	}
	if r.Status >= 500 {
		return fmt.Sprintf("status %d (5xx) for bad input, source %q: %v", r.Status, r.ErrorSource, r.Error)
	}
	if r.Status < 400 {
		return fmt.Sprintf("error %q with non-error status %d", r.Error, r.Status)
	}
	if r.ErrorSource != backend.ErrorSourcePlugin {
		return fmt.Sprintf("status %d errorSource %q, want plugin (bad input is not a downstream failure): %v", r.Status, r.ErrorSource, r.Error)
	}
	return ""
}

func describeBatch(batch []fuzzCase, start int) string {
	var b strings.Builder
	for i, c := range batch {
		fmt.Fprintf(&b, "  Z%03d [%s] %s\n", start+i, c.kind, short(c.json))
	}
	return b.String()
}

func short(b []byte) string {
	s := strconv.Quote(string(b))
	if len(s) > 160 {
		s = s[:160] + fmt.Sprintf("…(%d bytes)", len(b))
	}
	return s
}
