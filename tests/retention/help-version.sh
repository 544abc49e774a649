#!/usr/bin/env bash
# --help and --version answer on stdout and exit 0.
retention --help
retention --version
extract-access --help
extract-access --version
