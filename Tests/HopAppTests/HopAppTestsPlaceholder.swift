// Placeholder until HopAppTests has sources; removed when real files land.
