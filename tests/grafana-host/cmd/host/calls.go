package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"time"
)

func callCtx() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), 30*time.Second)
}

func cmdHealth(args []string) error {
	fs := flag.NewFlagSet("health", flag.ExitOnError)
	var c commonFlags
	c.register(fs)
	if _, err := parseInterleaved(fs, args); err != nil {
		return err
	}
	h, err := c.start()
	if err != nil {
		return err
	}
	defer stop(h)
	ctx, cancel := callCtx()
	defer cancel()
	res, err := h.CheckHealth(ctx)
	if err != nil {
		return err
	}
	fmt.Printf("status: %v\nmessage: %s\njsonDetails: %s\n", res.Status, res.Message, res.JSONDetails)
	return nil
}

func cmdResource(args []string) error {
	fs := flag.NewFlagSet("resource", flag.ExitOnError)
	var c commonFlags
	c.register(fs)
	method := fs.String("method", "GET", "HTTP method")
	bodyFile := fs.String("body", "", "request body file")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return fmt.Errorf("resource needs exactly one path, e.g. `resource catalog`")
	}
	var body []byte
	if *bodyFile != "" {
		if body, err = os.ReadFile(*bodyFile); err != nil {
			return err
		}
	}
	h, err := c.start()
	if err != nil {
		return err
	}
	defer stop(h)
	ctx, cancel := callCtx()
	defer cancel()
	res, err := h.CallResource(ctx, strings.ToUpper(*method), strings.TrimPrefix(pos[0], "/"), body)
	if err != nil {
		return err
	}
	fmt.Printf("HTTP %d (%d stream message(s))\n", res.Code, res.Messages)
	names := make([]string, 0, len(res.Headers))
	for k := range res.Headers {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Printf("%s: %s\n", k, strings.Join(res.Headers[k], ", "))
	}
	fmt.Printf("\n%s\n", res.Body)
	return nil
}

func cmdMetrics(args []string) error {
	fs := flag.NewFlagSet("metrics", flag.ExitOnError)
	var c commonFlags
	c.register(fs)
	if _, err := parseInterleaved(fs, args); err != nil {
		return err
	}
	h, err := c.start()
	if err != nil {
		return err
	}
	defer stop(h)
	ctx, cancel := callCtx()
	defer cancel()
	text, err := h.CollectMetrics(ctx)
	if err != nil {
		return err
	}
	os.Stdout.Write(text)
	return nil
}
