"""What travels between offices: signed, encrypted batches out and in,
acknowledgements, keys and the trust between offices, and the sync status.

Imports neither station/ nor consolidation/: what a batch embeds from them is handed in
by the caller (docs/ARCHITECTURE.md)."""
