using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NotesSearch.Web.Tests.Site;

/// <summary>The site with a 2 s render budget, keeping every log line, for tests that save hostile or clashing notes.</summary>
public sealed class HostileNoteSite : NotesSiteFactory
{
    /// <summary>The render budget the site runs with, in seconds.</summary>
    public const double BudgetSeconds = 2;

    private readonly LogLines lines = new();

    /// <summary>Every message logged so far.</summary>
    public IReadOnlyCollection<string> Logged => lines.Messages;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Notes:RenderBudgetSeconds", BudgetSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(lines));
    }

    private sealed class LogLines : ILoggerProvider, ILogger
    {
        public ConcurrentQueue<string> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
                Messages.Enqueue(formatter(state, exception));
        }

        public void Dispose()
        {
        }
    }
}
