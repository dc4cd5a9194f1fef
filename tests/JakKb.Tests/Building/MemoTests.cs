using JakKb.Building;
using JakKb.Diagnostics;

namespace JakKb.Tests.Building;

public sealed class MemoTests
{
    private static readonly SourceSpan Where = new("input/kinases/jak2.md", 3, 1);

    [Fact]
    public void A_step_is_computed_again_only_when_the_hash_of_what_it_reads_changes()
    {
        var memo = new Memo();
        var runs = 0;
        int Compute() => ++runs;

        Assert.Equal(1, memo.Get("step", "a", 7, Compute));
        Assert.Equal(1, memo.Get("step", "a", 7, Compute));
        Assert.Equal(2, memo.Get("step", "a", 8, Compute));
        Assert.Equal(3, memo.Get("other step", "a", 8, Compute));
    }

    [Fact]
    public void A_hit_reports_what_the_step_reported()
    {
        var memo = new Memo();
        var first = new DiagnosticBag();
        var second = new DiagnosticBag();
        bool Check(DiagnosticBag bag)
        {
            bag.Error(Where, DiagnosticCodes.UnknownRelationTarget, "Not an entity.");
            return true;
        }

        memo.Get("check", "a", 1, first, Check);
        memo.Get<bool>("check", "a", 1, second, _ => throw new InvalidOperationException("computed again"));

        Assert.Equal(first.Sorted(), second.Sorted());
        Assert.Single(second.Sorted());
    }

    [Fact]
    public void Results_a_build_did_not_use_are_swept_but_only_for_steps_that_build_ran()
    {
        var memo = new Memo();
        memo.Get("load", "a", 1, () => 0);
        memo.Get("load", "b", 1, () => 0);
        memo.Get("scan", "a", 1, () => 0);
        memo.Sweep();

        memo.Get("load", "a", 1, () => 0);
        memo.Sweep();

        Assert.Equal(2, memo.Count);
        var runs = 0;
        memo.Get("scan", "a", 1, () => ++runs);
        Assert.Equal(0, runs);
    }

    [Fact]
    public void The_memo_of_a_plain_build_remembers_nothing()
    {
        var runs = 0;
        Memo.None.Get("step", "a", 1, () => ++runs);
        Memo.None.Get("step", "a", 1, () => ++runs);
        Memo.None.Sweep();

        Assert.Equal(2, runs);
        Assert.Equal(0, Memo.None.Count);
    }
}
