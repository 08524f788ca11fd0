// Placeholder until HopModelTests has sources; removed when real files land.
