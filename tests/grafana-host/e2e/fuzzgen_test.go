package e2e

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// fuzzCase is one generated query plus the dashboard range it is sent with.
type fuzzCase struct {
	kind     string
	json     []byte
	from, to time.Time
}

var (
	validTypes = []string{"metric", "annotations", "variable", "demo_timeseries", "demo_table"}
	fieldNames = []string{"refId", "queryType", "metric", "filters", "groupBy", "bucket", "comparison",
		"baselinePeriods", "timezone", "annotationKinds", "variableKind", "seriesCount", "failWith", "hide", "datasource"}
	weirdStrings = []string{"", " ", "\u0000", "指标💥", "demo_timeseries\u200b", "../../etc/passwd", "<script>",
		strings.Repeat("x", 5000), "DROP TABLE", "\ud7ff\ue000", "Europe/Nowhere", "deploy_frequency", "-1", "NaN"}
	weirdValues = []string{`null`, `true`, `false`, `0`, `-1`, `-9999999`, `1e308`, `-1e308`, `9007199254740993`,
		`1.5`, `"5"`, `[]`, `{}`, `[1,2,3]`, `{"a":{"b":[null]}}`, `"` + strings.Repeat("é", 300) + `"`, `123456789012345678901234567890`}
)

// genFuzzCases makes n reproducible garbage/edge-case queries from seed.
func genFuzzCases(seed uint64, n int) []fuzzCase {
	r := rand.New(rand.NewPCG(seed, 0x7e4a))
	gens := []struct {
		kind string
		fn   func(*rand.Rand) []byte
	}{
		{"random-bytes", genRandomBytes},
		{"truncated", genTruncated},
		{"wrong-type", genWrongType},
		{"huge-number", genHugeNumber},
		{"negative-series", genNegativeSeries},
		{"unicode", genUnicode},
		{"nested-garbage", genNested},
		{"empty-refid", genEmptyRefID},
		{"valid-ish", genValidish},
		{"valid", genValid},
		{"not-object", genNotObject},
	}
	out := make([]fuzzCase, 0, n)
	for i := 0; i < n; i++ {
		g := gens[i%len(gens)]
		from, to := rangeFrom, rangeTo
		switch r.IntN(8) {
		case 0:
			from, to = to, from // from > to
		case 1:
			to = from // zero range
		case 2:
			from, to = time.UnixMilli(0).UTC(), time.UnixMilli(1).UTC()
		case 3:
			from, to = rangeFrom.AddDate(-20, 0, 0), rangeTo // 20 years
		}
		out = append(out, fuzzCase{kind: g.kind, json: g.fn(r), from: from, to: to})
	}
	return out
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func baseQuery(r *rand.Rand) map[string]any {
	return map[string]any{"refId": "X", "queryType": pick(r, validTypes), "metric": "deploy_frequency",
		"bucket": "day", "groupBy": "team", "seriesCount": 1 + r.IntN(5)}
}

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return b
}

func genRandomBytes(r *rand.Rand) []byte {
	b := make([]byte, r.IntN(200))
	for i := range b {
		b[i] = byte(r.IntN(256))
	}
	return b
}

func genTruncated(r *rand.Rand) []byte {
	b := mustJSON(baseQuery(r))
	return b[:r.IntN(len(b))]
}

func genWrongType(r *rand.Rand) []byte {
	m := map[string]json.RawMessage{}
	for k, v := range baseQuery(r) {
		m[k] = mustJSON(v)
	}
	for i := 0; i <= r.IntN(3); i++ {
		m[pick(r, fieldNames)] = json.RawMessage(pick(r, weirdValues))
	}
	return mustJSON(m)
}

func genHugeNumber(r *rand.Rand) []byte {
	field := pick(r, []string{"seriesCount", "baselinePeriods", "maxDataPoints", "intervalMs"})
	num := pick(r, []string{"1e308", "1e21", "9007199254740993", "4294967297", "1000000000", "2147483648", "1e-320"})
	return []byte(fmt.Sprintf(`{"refId":"X","queryType":"demo_timeseries","%s":%s}`, field, num))
}

func genNegativeSeries(r *rand.Rand) []byte {
	q := baseQuery(r)
	q["queryType"] = "demo_timeseries"
	q["seriesCount"] = pick(r, []any{-1, 0, -1000, -0.5, 0.5, 2.7, -9007199254740991})
	return mustJSON(q)
}

func genUnicode(r *rand.Rand) []byte {
	q := baseQuery(r)
	q[pick(r, []string{"metric", "queryType", "timezone", "groupBy", "bucket", "refId"})] = pick(r, weirdStrings)
	q["filters"] = map[string]any{"team": []string{pick(r, weirdStrings)}, pick(r, weirdStrings): []string{"x"}}
	return mustJSON(q)
}

func genNested(r *rand.Rand) []byte {
	depth := 1 + r.IntN(3000)
	inner := strings.Repeat("[", depth) + strings.Repeat("]", depth)
	if r.IntN(2) == 0 {
		inner = strings.Repeat(`{"a":`, depth) + "1" + strings.Repeat("}", depth)
	}
	return []byte(fmt.Sprintf(`{"refId":"X","queryType":"%s","filters":%s}`, pick(r, validTypes), inner))
}

func genEmptyRefID(r *rand.Rand) []byte {
	q := baseQuery(r)
	q["refId"] = ""
	return mustJSON(q)
}

func genValidish(r *rand.Rand) []byte {
	q := baseQuery(r)
	q["bucket"] = pick(r, []string{"period", "day", "week", "month", "sprint", "hour"})
	q["groupBy"] = pick(r, []string{"none", "repo", "team", "person", "project", "service", "environment", "planet"})
	q["comparison"] = pick(r, []string{"none", "previous_period", "baseline", "anomaly", "sideways"})
	q["timezone"] = pick(r, []string{"UTC", "Europe/Berlin", "America/New_York", "Mars/Olympus"})
	q["variableKind"] = pick(r, []string{"repo", "team", "metric", "nope"})
	q["annotationKinds"] = []string{pick(r, []string{"release", "deployment", "incident", "party"})}
	q["metric"] = pick(r, []string{"deploy_frequency", "lead_time", "change_failure_rate", "mttr", "no_such_metric"})
	return mustJSON(q)
}

func genValid(r *rand.Rand) []byte {
	var q map[string]any
	switch r.IntN(4) {
	case 0:
		q = map[string]any{"queryType": "demo_timeseries", "seriesCount": 1 + r.IntN(25)}
	case 1:
		q = map[string]any{"queryType": "demo_table"}
	case 2:
		q = map[string]any{"queryType": "annotations", "annotationKinds": []string{pick(r, []string{"release", "deployment", "incident"})}}
	default:
		q = map[string]any{"queryType": "variable", "variableKind": pick(r, []string{"repo", "team", "person", "project", "environment", "service", "metric"})}
	}
	q["refId"] = "X"
	return mustJSON(q)
}

func genNotObject(r *rand.Rand) []byte {
	return []byte(pick(r, []string{``, `null`, `[]`, `"demo_timeseries"`, `42`, `true`, `[{"queryType":"demo_table"}]`, `{}`, `{"queryType":null}`, "\xff\xfe{}"}))
}
