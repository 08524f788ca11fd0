// Placeholder until HopStoreTests has sources; removed when real files land.
