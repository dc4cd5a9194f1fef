using JakKb.Model;

namespace JakKb.Tests.Model;

public class CheckStateTests
{
    [Theory]
    [InlineData("2026-11", "2026-11")]
    [InlineData("2026-11-30", "2026-11-30")]
    public void A_month_or_a_day_of_the_calendar_is_when_a_value_was_checked(string text, string date)
    {
        var state = CheckState.Parse(text)!;
        Assert.True(state.WasChecked);
        Assert.Equal(date, state.Date);
    }

    [Fact]
    public void No_means_the_value_was_not_looked_up() =>
        Assert.False(CheckState.Parse("no")!.WasChecked);

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-02-30")]
    [InlineData("11/2026")]
    [InlineData("2026")]
    [InlineData("yes")]
    [InlineData("No")]
    [InlineData("false")]
    public void Anything_else_is_not_a_check_state(string text) =>
        Assert.Null(CheckState.Parse(text));
}
