import asyncio


async def fetch(session, url):
    async with session.get(url) as resp, asyncio.timeout(10):
        return await resp.json()


async def main(urls):
    results = [await fetch(s, u) async for u in aiter(urls) if u]
    gen = (x async for x in agen())
    async for item in gen:
        await asyncio.sleep(0)
    return {u: r for u, r in zip(urls, results)}

asyncio.run(main([]))
