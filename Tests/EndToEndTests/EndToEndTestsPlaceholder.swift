// Placeholder until EndToEndTests has sources; removed when real files land.
