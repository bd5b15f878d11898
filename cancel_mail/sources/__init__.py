"""Where mail comes from: files on disk (files.py) and IMAP servers (imap.py)."""
