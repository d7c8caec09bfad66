"""Names vulture reports that are used (run: .venv/bin/vulture app vulture_whitelist.py --min-confidence 80).

Each is required by an outside signature or is a re-export, not dead code.
"""
# ruff: noqa
signum  # signal handler signature (app/cli/review.py, _exit_on_signal)
funnel  # re-exported from sales_console for callers that import it from app.core.sales (in __all__)
completed  # pyttsx3's finished-utterance callback signature (app/live/speech.py)
