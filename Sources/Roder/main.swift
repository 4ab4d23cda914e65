import App

Entrypoint.runConcurrencyOnEventLoops()
await Entrypoint.main()
