"""Asyncio and thread IO: websocket server, relay clients, format adapters, speech, simulator."""
