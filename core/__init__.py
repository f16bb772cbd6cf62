"""Types, errors and small helpers shared by every layer; imports nothing of newsvault's own."""
