"""Use cases over storage. Every change is made on behalf of a logged-in user."""
