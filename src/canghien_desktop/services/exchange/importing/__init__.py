"""At the consolidating office: verifying, decrypting and merging station batches."""
