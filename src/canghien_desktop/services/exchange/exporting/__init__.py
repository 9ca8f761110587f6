"""Station batches: the records workbook, its machine copy, the manifest, signing, encryption."""
