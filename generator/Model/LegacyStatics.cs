namespace JakKb.Model;

// TEMPORARY (issue 13, step 1): the statics the stages still read until they read SiteContent.Schema. Deleted next.
public sealed partial record EntityType
{
    public static readonly EntityType Kinase = new("kinase", "kinases", "Kinase", "Kinases", "", []);
    public static readonly EntityType Drug = new("drug", "drugs", "Drug", "Drugs", "", []);
    public static readonly EntityType Trial = new("trial", "trials", "Trial or study", "Trials and studies", "",
    [
        new("design", FieldKind.Text, false, true, "Design", ""),
        new("phase", FieldKind.Text, false, false, "Phase", ""),
        new("population", FieldKind.Text, false, true, "Population", ""),
        new("n", FieldKind.Text, false, false, "Participants (n)", ""),
    ]);
    public static readonly EntityType Cytokine = new("cytokine", "cytokines", "Cytokine", "Cytokines", "",
    [
        new("receptor_chains", FieldKind.Text, true, false, "Receptor chains", ""),
        new("jak_dependent", FieldKind.Boolean, false, true, "Signals through JAKs", ""),
    ]);
    public static readonly EntityType Condition = new("condition", "conditions", "Condition", "Conditions", "", []);
    public static readonly EntityType Source = new("source", "sources", "Source document", "Source documents", "",
    [
        new("authors", FieldKind.Text, false, true, "Authors", ""),
        new("title_full", FieldKind.Text, false, false, "Full title", ""),
        new("journal", FieldKind.Text, false, true, "Journal", ""),
        new("year", FieldKind.Text, false, true, "Year", ""),
        new("volume", FieldKind.Text, false, false, "Volume", ""),
        new("issue", FieldKind.Text, false, false, "Issue", ""),
        new("pages", FieldKind.Text, false, false, "Pages", ""),
        new("doi", FieldKind.Text, false, false, "DOI", ""),
        new("pmid", FieldKind.Text, false, false, "PMID", ""),
        new("url", FieldKind.Text, false, false, "Address", ""),
        new("published", FieldKind.Text, false, false, "Published", ""),
    ])
    { IsProvenance = true, HasTables = true };

    public static readonly IReadOnlyList<EntityType> All = [Kinase, Drug, Trial, Cytokine, Condition, Source];

    public static EntityType? FromFolder(string folder) => All.FirstOrDefault(t => t.Folder == folder);

    public static EntityType? FromName(string name) =>
        All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
}

public sealed partial record RelationKind
{
    public static readonly IReadOnlyList<RelationKind> All =
    [
        new("targets", [EntityType.Drug], [EntityType.Kinase], "Targets", "Targeted by"),
        new("tests", [EntityType.Trial], [EntityType.Drug], "Drugs tested", "Tested in"),
        new("conditions", [EntityType.Trial], [EntityType.Condition], "Conditions studied", "Studied in"),
        new("signals_via", [EntityType.Cytokine], [EntityType.Kinase], "Signals via", "Cytokines signalling via this kinase"),
        new("elevated_in", [EntityType.Cytokine], [EntityType.Condition], "Elevated in", "Cytokines elevated"),
        new("implicated_in", [EntityType.Kinase], [EntityType.Condition], "Implicated in", "Kinases implicated"),
        new("combined_with", [EntityType.Drug], [EntityType.Drug], "Combined with", "Combined with"),
    ];

    public static IEnumerable<RelationKind> DeclaredOn(EntityType type) => All.Where(r => r.From.Contains(type));
}

public static class EntitySchema
{
    public static IReadOnlyList<string> CommonFields => Schema.CommonFields;

    public static IReadOnlyList<FieldSpec> FieldsOf(EntityType type) => type.Fields;

    public static IReadOnlyList<string> AllowedFields(EntityType type) =>
        [.. Schema.CommonFields, .. type.Fields.Select(f => f.Name), .. RelationKind.DeclaredOn(type).Select(r => r.Field),
         .. type.HasTables ? ["tables"] : Array.Empty<string>()];
}

public static class IdentifierSchemes
{
    public static readonly IReadOnlyDictionary<string, IdentifierScheme> Schemes = new Dictionary<string, IdentifierScheme>
    {
        ["hgnc"] = new("hgnc", "HGNC", null, "https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/{id}"),
        ["uniprot"] = new("uniprot", "UniProt", null, "https://www.uniprot.org/uniprotkb/{id}/entry"),
        ["ncbi-gene"] = new("ncbi-gene", "NCBI Gene", null, "https://www.ncbi.nlm.nih.gov/gene/{id}"),
        ["ensembl"] = new("ensembl", "Ensembl", null, "https://www.ensembl.org/id/{id}"),
        ["drugbank"] = new("drugbank", "DrugBank", null, "https://go.drugbank.com/drugs/{id}"),
        ["chembl"] = new("chembl", "ChEMBL", null, "https://www.ebi.ac.uk/chembl/compound_report_card/{id}/"),
        ["pubmed"] = new("pubmed", "PubMed", null, "https://pubmed.ncbi.nlm.nih.gov/{id}/"),
        ["doi"] = new("doi", "DOI", null, "https://doi.org/{id}"),
        ["nct"] = new("nct", "ClinicalTrials.gov", null, "https://clinicaltrials.gov/study/{id}"),
    };
}
