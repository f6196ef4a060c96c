package main

import (
	"context"
	"flag"
	"fmt"
	"sort"
	"sync"
	"time"

	"teammetrics/grafanahost/internal/host"
)

const benchQuery = `{"refId":"A","queryType":"demo_timeseries","seriesCount":3}`

func cmdBench(args []string) error {
	fs := flag.NewFlagSet("bench", flag.ExitOnError)
	var c commonFlags
	c.register(fs)
	starts := fs.Int("starts", 10, "number of cold starts to time")
	n := fs.Int("queries", 1000, "QueryData requests per phase")
	conc := fs.Int("concurrency", 50, "concurrent requests in the concurrent phase")
	queryJSON := fs.String("query", benchQuery, "query JSON to send (default: a 3-series demo time series)")
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
	to := time.Now().UTC().Truncate(24 * time.Hour)
	qu := host.NewQuery("A", *queryJSON, to.AddDate(0, 0, -30), to)
	fmt.Printf("query: %s\n", *queryJSON)
	if _, err := runQueries(h, qu, 20, 1); err != nil { // warm-up: JIT, instance cache
		return err
	}
	for _, phase := range []struct {
		name string
		conc int
	}{{"sequential", 1}, {fmt.Sprintf("%d-way concurrent", *conc), *conc}} {
		began := time.Now()
		lat, err := runQueries(h, qu, *n, phase.conc)
		if err != nil {
			return err
		}
		wall := time.Since(began)
		fmt.Printf("QueryData %-18s n=%d  p50 %7.2f ms  p95 %7.2f ms  max %7.2f ms  (%.0f req/s)   target p95 < 10 ms %s\n",
			phase.name, len(lat), ms(pct(lat, 50)), ms(pct(lat, 95)), ms(pct(lat, 100)), float64(len(lat))/wall.Seconds(), verdict(pct(lat, 95) < 10*time.Millisecond))
	}
	hwm, err := host.ProcStatusKB(h.Pid(), "VmHWM")
	if err != nil {
		return fmt.Errorf("reading peak RSS: %w", err)
	}
	rss, _ := host.ProcStatusKB(h.Pid(), "VmRSS")
	fmt.Printf("plugin peak RSS (VmHWM) %.1f MB, current RSS %.1f MB   target < 150 MB %s\n", float64(hwm)/1024, float64(rss)/1024, verdict(hwm < 150*1024))
	return nil
}

func benchStarts(c *commonFlags, n int) error {
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
func runQueries(h *host.Host, qu host.Query, n, conc int) ([]time.Duration, error) {
	jobs := make(chan struct{}, n)
	for i := 0; i < n; i++ {
		jobs <- struct{}{}
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
			for range jobs {
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
