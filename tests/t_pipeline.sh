#!/bin/sh
# t_pipeline.sh -- the core pipeline from the command line, no servers:
# runs every scenario in tests/pipeline/ (one per file, each on its own
# fresh desk, each stopping at its first failed check) and counts
# scenarios.  Messages of tests/corpus/pipeline go through
# `supportctl ingest`; what each must do to the cases and the outbox is
# asserted.
#   sh tests/t_pipeline.sh [NAME...]     all scenarios, or only these
#   sh tests/pipeline/NAME.sh            one scenario alone
. "$(dirname "$0")/lib.sh"

t_group "$TOP/tests/pipeline" "" "$@"
t_done
