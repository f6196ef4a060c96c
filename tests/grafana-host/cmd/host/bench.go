package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"teammetrics/grafanahost/internal/host"
)

const benchQuery = `{"refId":"A","queryType":"demo_timeseries","seriesCount":3}`

// clockTicksPerSecond is USER_HZ, the unit of utime/stime in /proc/<pid>/stat (100 on Linux).
const clockTicksPerSecond = 100

// phase is one timed run of n requests; query(i) builds the i-th request of the whole bench.
type phase struct {
	name  string
	conc  int
	query func(i int) host.Query
}

func cmdBench(args []string) error {
	fs := flag.NewFlagSet("bench", flag.ExitOnError)
	var c commonFlags
	c.register(fs)
	starts := fs.Int("starts", 10, "number of cold starts to time")
	n := fs.Int("queries", 1000, "QueryData requests per phase")
	conc := fs.Int("concurrency", 50, "concurrent requests in the concurrent phases")
	queryJSON := fs.String("query", benchQuery, "query JSON to send (default: a 3-series demo time series)")
	cpuProfile := fs.String("cpuprofile", "", "write a Go CPU profile of this host (the client side) to this file")
	only := fs.String("only", "", "run only the phases whose name contains this text (e.g. \"concurrent, same\")")
	if _, err := parseInterleaved(fs, args); err != nil {
		return err
	}
	if err := benchStarts(&c, *starts); err != nil {
		return err
	}
	h, err := c.start()
	if err != nil {
		return err
	}
	defer stop(h)
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	to := time.Now().UTC().Truncate(24 * time.Hour)
	same := func(int) host.Query { return host.NewQuery("A", *queryJSON, to.AddDate(0, 0, -30), to) }
	// Every request its own 30-day window, shifted by whole days: the same work, but never an identical request.
	distinct := func(i int) host.Query {
		end := to.AddDate(0, 0, -1-i)
		return host.NewQuery("A", *queryJSON, end.AddDate(0, 0, -30), end)
	}
	fmt.Printf("query: %s over 30 days\n", *queryJSON)
	if _, err := runQueries(h, same, new(atomic.Int64), 20, 1); err != nil { // warm-up: JIT, instance cache
		return err
	}
	concName := fmt.Sprintf("%d-way concurrent", *conc)
	phases := []phase{
		{"sequential, same", 1, same},
		{concName + ", same", *conc, same},
		{"sequential, distinct", 1, distinct},
		{concName + ", distinct", *conc, distinct},
	}
	fmt.Println(`"same": every request identical (a dashboard many viewers watch); "distinct": no two requests alike (each its own range)`)
	next := new(atomic.Int64)
	for _, p := range phases {
		if !strings.Contains(p.name, *only) {
			continue
		}
		if err := runPhase(h, p, next, *n); err != nil {
			return err
		}
	}
	hwm, err := host.ProcStatusKB(h.Pid(), "VmHWM")
	if err != nil {
		return fmt.Errorf("reading peak RSS: %w", err)
	}
	rss, _ := host.ProcStatusKB(h.Pid(), "VmRSS")
	fmt.Printf("plugin peak RSS (VmHWM) %.1f MB, current RSS %.1f MB   target < 150 MB %s\n", float64(hwm)/1024, float64(rss)/1024, verdict(hwm < 150*1024))
	return nil
}

func runPhase(h *host.Host, p phase, next *atomic.Int64, n int) error {
	pluginBefore, err := processCPU(h.Pid())
	if err != nil {
		return err
	}
	hostBefore := selfCPU()
	began := time.Now()
	lat, err := runQueries(h, p.query, next, n, p.conc)
	if err != nil {
		return err
	}
	wall := time.Since(began)
	pluginAfter, _ := processCPU(h.Pid())
	perQuery := func(d time.Duration) float64 { return float64(d.Microseconds()) / float64(len(lat)) }
	fmt.Printf("QueryData %-28s n=%d  p50 %6.2f ms  p95 %6.2f ms  max %6.2f ms  %5.0f req/s  CPU/query plugin %4.0f µs, host %4.0f µs   target p95 < 10 ms %s\n",
		p.name, len(lat), ms(pct(lat, 50)), ms(pct(lat, 95)), ms(pct(lat, 100)), float64(len(lat))/wall.Seconds(),
		perQuery(pluginAfter-pluginBefore), perQuery(selfCPU()-hostBefore), verdict(pct(lat, 95) < 10*time.Millisecond))
	return nil
}

// processCPU is the user+system CPU time the process has used so far (10 ms resolution).
func processCPU(pid int) (time.Duration, error) {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, fmt.Errorf("reading plugin CPU time: %w", err)
	}
	// After the parenthesised command name come state (field 3) ... utime (14) and stime (15).
	fields := strings.Fields(string(raw[bytes.LastIndexByte(raw, ')')+1:]))
	if len(fields) < 13 {
		return 0, fmt.Errorf("parsing /proc/%d/stat: too few fields", pid)
	}
	utime, err1 := strconv.ParseInt(fields[11], 10, 64)
	stime, err2 := strconv.ParseInt(fields[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, fmt.Errorf("parsing /proc/%d/stat: bad utime/stime", pid)
	}
	return time.Duration(utime+stime) * time.Second / clockTicksPerSecond, nil
}

// selfCPU is the user+system CPU time of this host process (the gRPC client and frame decoding).
func selfCPU() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func benchStarts(c *commonFlags, n int) error {
	if n == 0 {
		return nil
	}
	var times []time.Duration
	for i := 0; i < n; i++ {
		h, err := c.start()
		if err != nil {
			return err
		}
		times = append(times, h.StartedIn)
		if res := h.Kill(); !res.Graceful() {
			fmt.Println("  warning: shutdown not graceful:", res)
		}
	}
	fmt.Printf("spawn → handshake → connected   n=%d  median %7.1f ms  max %7.1f ms   target < 500 ms (median) %s\n",
		n, ms(pct(times, 50)), ms(pct(times, 100)), verdict(pct(times, 50) < 500*time.Millisecond))
	fmt.Print("  each start (ms):")
	for _, d := range times {
		fmt.Printf(" %.0f", ms(d))
	}
	fmt.Println()
	return nil
}

// runQueries sends n one-query requests with conc workers and returns per-request latencies.
// Request numbers come from next, so successive phases never repeat a number.
func runQueries(h *host.Host, query func(i int) host.Query, next *atomic.Int64, n, conc int) ([]time.Duration, error) {
	jobs := make(chan host.Query, n)
	for i := 0; i < n; i++ {
		jobs <- query(int(next.Add(1)))
	}
	close(jobs)
	var (
		mu       sync.Mutex
		lat      = make([]time.Duration, 0, n)
		firstErr error
		wg       sync.WaitGroup
	)
	for w := 0; w < conc; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for qu := range jobs {
				ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
				began := time.Now()
				resp, err := h.QueryData(ctx, qu)
				d := time.Since(began)
				cancel()
				if err == nil && resp.Responses["A"].Error != nil {
					err = fmt.Errorf("refId A: %v", resp.Responses["A"].Error)
				}
				mu.Lock()
				lat = append(lat, d)
				if err != nil && firstErr == nil {
					firstErr = err
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return lat, firstErr
}

func pct(xs []time.Duration, p int) time.Duration {
	if len(xs) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), xs...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	idx := (p*len(s) + 99) / 100
	if idx < 1 {
		idx = 1
	}
	return s[min(idx, len(s))-1]
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func verdict(ok bool) string {
	if ok {
		return "OK"
	}
	return "MISSED"
}
