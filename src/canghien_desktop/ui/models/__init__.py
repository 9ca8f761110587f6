"""Qt item models over the frozen rows that services return."""
