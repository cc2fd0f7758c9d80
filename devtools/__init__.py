"""Development checks: `make validate` (validate_data.py, also run by the tests) and
`make report-nlu` (nlu_cross_validation.py, then summarise_nlu_report.py)."""
