namespace JakKb.Model;

/// <summary>A kind of page; the folder name under input/ and the URL segment are the same word.</summary>
public sealed record EntityType(string Name, string Folder, string Singular, string Plural)
{
    public static readonly EntityType Kinase = new("kinase", "kinases", "Kinase", "Kinases");
    public static readonly EntityType Drug = new("drug", "drugs", "Drug", "Drugs");
    public static readonly EntityType Trial = new("trial", "trials", "Trial or study", "Trials and studies");
    public static readonly EntityType Cytokine = new("cytokine", "cytokines", "Cytokine", "Cytokines");
    public static readonly EntityType Condition = new("condition", "conditions", "Condition", "Conditions");
    public static readonly EntityType Source = new("source", "sources", "Source document", "Source documents");

    public static readonly IReadOnlyList<EntityType> All = [Kinase, Drug, Trial, Cytokine, Condition, Source];

    public static EntityType? FromFolder(string folder) =>
        All.FirstOrDefault(t => t.Folder == folder);

    public static EntityType? FromName(string name) =>
        All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
}
