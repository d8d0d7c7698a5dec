"""Dutch starter content for the demo loader: plain data, no Django imports."""
