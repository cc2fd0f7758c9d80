"""The support team's tools over the stored conversations: `make report` (report.py),
`make conversation REF=…` (conversation.py), `make purge` (purge_conversations.py); the tracker
store they read, opened as Rasa opens it (tracker_db.py)."""
