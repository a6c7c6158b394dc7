// native-hcl parses every .tf file under a directory with HashiCorp's HCL parser
// (hclsyntax.ParseConfig, what Terraform itself runs), one file after another: the
// native yardstick `npm run bench` times strata against. It prints one JSON line.
package main

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

type result struct {
	Files  int `json:"files"`
	Bytes  int `json:"bytes"`
	Blocks int `json:"blocks"`
	Errors int `json:"errors"`
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: native-hcl <dir>")
		os.Exit(2)
	}
	var r result
	err := filepath.WalkDir(os.Args[1], func(path string, entry fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		name := entry.Name()
		// The directories strata never enters either.
		if entry.IsDir() && (name == ".git" || name == "node_modules" || name == ".terraform") {
			return filepath.SkipDir
		}
		if !entry.Type().IsRegular() || !strings.HasSuffix(name, ".tf") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			r.Errors++
			return nil
		}
		file, diags := hclsyntax.ParseConfig(src, path, hcl.Pos{Line: 1, Column: 1, Byte: 0})
		r.Files++
		r.Bytes += len(src)
		if diags.HasErrors() {
			r.Errors++
		}
		if body, ok := file.Body.(*hclsyntax.Body); ok {
			r.Blocks += len(body.Blocks)
		}
		return nil
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	out, _ := json.Marshal(r)
	fmt.Println(string(out))
}
