"""A consolidating office's work: registered stations, links between the records of
one person across stations, duplicates, the ledger of batches, collection and correction
requests.

May import the shared services and the exchange; never station/ (docs/ARCHITECTURE.md)."""
