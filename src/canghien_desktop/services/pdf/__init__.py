"""PDF building blocks shared by the legal forms, the period reports and batch summaries."""
