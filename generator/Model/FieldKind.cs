namespace JakKb.Model;

/// <summary>What a type-specific field holds; any kind may also be a list (<see cref="FieldSpec.IsList"/>).</summary>
public enum FieldKind
{
    Text,
    Markdown,
    Number,
    Integer,
    Date,
    Url,
    Enum,
    Ref,
    Boolean,
}
