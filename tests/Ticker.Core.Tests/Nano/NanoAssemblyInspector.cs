using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Ticker.Core.Tests.Nano
{
    /// <summary>
    /// Reads a compiled assembly and lists what would break on nanoCLR although it compiles against nano mscorlib:
    /// references other than the expected mscorlib, generic types, methods and instantiations (they crash the
    /// runtime while it loads the assembly), interface methods with a body (they throw), and formatting that
    /// prints garbage on the device (Enum.ToString() prints the number; double/float ToString() without a
    /// format can print 21.499999999999999).
    /// </summary>
    public sealed class NanoAssemblyInspector
    {
        private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (OpCode)f.GetValue(null)!)
            .ToDictionary(o => o.Value);

        private readonly MetadataReader _md;
        private readonly PEReader _pe;
        private readonly List<string> _violations = new();

        private NanoAssemblyInspector(PEReader pe)
        {
            _pe = pe;
            _md = pe.GetMetadataReader();
        }

        /// <summary>Every violation found, one readable line each; empty when the assembly is nano-safe.</summary>
        public static IReadOnlyList<string> Inspect(string assemblyPath, AssemblyName expectedMscorlib)
        {
            using var stream = File.OpenRead(assemblyPath);
            using var pe = new PEReader(stream);
            var inspector = new NanoAssemblyInspector(pe);
            inspector.CheckReferences(expectedMscorlib);
            inspector.CheckGenerics();
            inspector.CheckInterfaceBodies();
            inspector.CheckMethodBodies();
            return inspector._violations;
        }

        public static AssemblyName ReadIdentity(string assemblyPath)
        {
            using var stream = File.OpenRead(assemblyPath);
            using var pe = new PEReader(stream);
            return pe.GetMetadataReader().GetAssemblyDefinition().GetAssemblyName();
        }

        private void CheckReferences(AssemblyName expected)
        {
            foreach (var handle in _md.AssemblyReferences)
            {
                var name = _md.GetAssemblyReference(handle).GetAssemblyName();
                bool same = name.Name == expected.Name && name.Version == expected.Version &&
                    (name.GetPublicKeyToken() ?? Array.Empty<byte>()).SequenceEqual(expected.GetPublicKeyToken() ?? Array.Empty<byte>());
                if (!same)
                {
                    _violations.Add($"reference: {name.FullName} (only {expected.FullName} is allowed)");
                }
            }
        }

        private void CheckGenerics()
        {
            foreach (var handle in _md.TypeDefinitions)
            {
                var type = _md.GetTypeDefinition(handle);
                if (type.GetGenericParameters().Count > 0)
                {
                    _violations.Add($"generic type: {TypeName(type)}");
                }

                foreach (var mh in type.GetMethods())
                {
                    var method = _md.GetMethodDefinition(mh);
                    if (method.GetGenericParameters().Count > 0)
                    {
                        _violations.Add($"generic method: {TypeName(type)}.{_md.GetString(method.Name)}");
                    }

                    if (SignatureHasGeneric(method.DecodeSignature(GenericDetector.Instance, null)))
                    {
                        _violations.Add($"generic in signature of {TypeName(type)}.{_md.GetString(method.Name)}");
                    }
                }

                foreach (var fh in type.GetFields())
                {
                    var field = _md.GetFieldDefinition(fh);
                    if (field.DecodeSignature(GenericDetector.Instance, null))
                    {
                        _violations.Add($"generic field type: {TypeName(type)}.{_md.GetString(field.Name)}");
                    }
                }

                if (!type.BaseType.IsNil && type.BaseType.Kind == HandleKind.TypeSpecification &&
                    TypeSpecHasGeneric((TypeSpecificationHandle)type.BaseType))
                {
                    _violations.Add($"generic base type: {TypeName(type)}");
                }

                foreach (var ih in type.GetInterfaceImplementations())
                {
                    var iface = _md.GetInterfaceImplementation(ih).Interface;
                    if (iface.Kind == HandleKind.TypeSpecification && TypeSpecHasGeneric((TypeSpecificationHandle)iface))
                    {
                        _violations.Add($"generic interface implemented: {TypeName(type)}");
                    }
                }
            }

            foreach (var handle in _md.TypeReferences)
            {
                string name = _md.GetString(_md.GetTypeReference(handle).Name);
                if (name.Contains('`'))
                {
                    _violations.Add($"generic type referenced: {name}");
                }
            }

            if (_md.GetTableRowCount(TableIndex.MethodSpec) > 0)
            {
                _violations.Add($"generic method instantiations: {_md.GetTableRowCount(TableIndex.MethodSpec)}");
            }

            for (int row = 1; row <= _md.GetTableRowCount(TableIndex.TypeSpec); row++)
            {
                var handle = MetadataTokens.TypeSpecificationHandle(row);
                if (TypeSpecHasGeneric(handle))
                {
                    _violations.Add("generic instantiation: " + DescribeTypeSpec(handle));
                }
            }

            foreach (var handle in _md.MemberReferences)
            {
                var member = _md.GetMemberReference(handle);
                bool generic = member.GetKind() == MemberReferenceKind.Method
                    ? SignatureHasGeneric(member.DecodeMethodSignature(GenericDetector.Instance, null))
                    : member.DecodeFieldSignature(GenericDetector.Instance, null);
                if (generic)
                {
                    _violations.Add($"generic in member reference: {_md.GetString(member.Name)}");
                }
            }

            for (int row = 1; row <= _md.GetTableRowCount(TableIndex.StandAloneSig); row++)
            {
                var sig = _md.GetStandaloneSignature(MetadataTokens.StandaloneSignatureHandle(row));
                if (sig.GetKind() == StandaloneSignatureKind.LocalVariables &&
                    sig.DecodeLocalSignature(GenericDetector.Instance, null).Any(x => x))
                {
                    _violations.Add("generic local variable type");
                }
            }
        }

        private void CheckInterfaceBodies()
        {
            foreach (var handle in _md.TypeDefinitions)
            {
                var type = _md.GetTypeDefinition(handle);
                if ((type.Attributes & TypeAttributes.Interface) == 0)
                {
                    continue;
                }

                foreach (var mh in type.GetMethods())
                {
                    var method = _md.GetMethodDefinition(mh);
                    if (method.RelativeVirtualAddress != 0 || (method.Attributes & MethodAttributes.Abstract) == 0)
                    {
                        _violations.Add($"interface method with a body: {TypeName(type)}.{_md.GetString(method.Name)}");
                    }
                }
            }
        }

        private void CheckMethodBodies()
        {
            foreach (var th in _md.TypeDefinitions)
            {
                var type = _md.GetTypeDefinition(th);
                foreach (var mh in type.GetMethods())
                {
                    var method = _md.GetMethodDefinition(mh);
                    if (method.RelativeVirtualAddress == 0)
                    {
                        continue;
                    }

                    string where = $"{TypeName(type)}.{_md.GetString(method.Name)}";
                    ScanIl(_pe.GetMethodBody(method.RelativeVirtualAddress).GetILBytes() ?? Array.Empty<byte>(), where);
                }
            }
        }

        private void ScanIl(byte[] il, string where)
        {
            EntityHandle constrainedType = default;
            int i = 0;
            while (i < il.Length)
            {
                short value = il[i] == 0xFE && i + 1 < il.Length ? (short)(0xFE00 | il[i + 1]) : il[i];
                var opCode = OpCodesByValue[value];
                i += opCode.Size;
                int operandStart = i;
                i += OperandSize(opCode.OperandType, il, i);

                if (opCode == OpCodes.Constrained)
                {
                    constrainedType = MetadataTokens.EntityHandle(BitConverter.ToInt32(il, operandStart));
                    continue;
                }

                if (opCode == OpCodes.Box)
                {
                    var boxed = MetadataTokens.EntityHandle(BitConverter.ToInt32(il, operandStart));
                    if (IsBadToStringType(boxed, out string boxedName))
                    {
                        _violations.Add($"{where}: boxes {boxedName} (formats as a number or with too many digits on nanoCLR)");
                    }
                }

                if (opCode == OpCodes.Call || opCode == OpCodes.Callvirt)
                {
                    var target = MetadataTokens.EntityHandle(BitConverter.ToInt32(il, operandStart));
                    if (IsParameterlessToString(target, out string? declaringType))
                    {
                        string? bad = null;
                        if (declaringType == "System.Double" || declaringType == "System.Single")
                        {
                            bad = declaringType;
                        }
                        else if (!constrainedType.IsNil && IsBadToStringType(constrainedType, out string constrainedName))
                        {
                            bad = constrainedName;
                        }

                        if (bad != null)
                        {
                            _violations.Add($"{where}: {bad}.ToString() without a format");
                        }
                    }
                }

                constrainedType = default;
            }
        }

        private static int OperandSize(OperandType type, byte[] il, int at)
        {
            switch (type)
            {
                case OperandType.InlineNone:
                    return 0;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar:
                    return 1;
                case OperandType.InlineVar:
                    return 2;
                case OperandType.InlineI8:
                case OperandType.InlineR:
                    return 8;
                case OperandType.InlineSwitch:
                    return 4 + (4 * BitConverter.ToInt32(il, at));
                default:
                    return 4;
            }
        }

        private bool IsParameterlessToString(EntityHandle handle, out string? declaringType)
        {
            declaringType = null;
            if (handle.Kind != HandleKind.MemberReference)
            {
                return false;
            }

            var member = _md.GetMemberReference((MemberReferenceHandle)handle);
            if (_md.GetString(member.Name) != "ToString")
            {
                return false;
            }

            var signature = member.DecodeMethodSignature(GenericDetector.Instance, null);
            if (signature.ParameterTypes.Length != 0)
            {
                return false;
            }

            declaringType = member.Parent.Kind == HandleKind.TypeReference ? FullName((TypeReferenceHandle)member.Parent) : null;
            return true;
        }

        private bool IsBadToStringType(EntityHandle handle, out string name)
        {
            name = "";
            if (handle.Kind == HandleKind.TypeReference)
            {
                name = FullName((TypeReferenceHandle)handle);
                return name == "System.Double" || name == "System.Single";
            }

            if (handle.Kind == HandleKind.TypeDefinition)
            {
                var type = _md.GetTypeDefinition((TypeDefinitionHandle)handle);
                name = TypeName(type);
                return type.BaseType.Kind == HandleKind.TypeReference && FullName((TypeReferenceHandle)type.BaseType) == "System.Enum";
            }

            return false;
        }

        private bool SignatureHasGeneric(MethodSignature<bool> signature)
        {
            return signature.ReturnType || signature.ParameterTypes.Any(x => x) || signature.GenericParameterCount > 0;
        }

        private bool TypeSpecHasGeneric(TypeSpecificationHandle handle)
        {
            return _md.GetTypeSpecification(handle).DecodeSignature(GenericDetector.Instance, null);
        }

        private string DescribeTypeSpec(TypeSpecificationHandle handle)
        {
            return _md.GetTypeSpecification(handle).DecodeSignature(TypeNamer.Instance(_md), null);
        }

        private string TypeName(TypeDefinition type)
        {
            string ns = _md.GetString(type.Namespace);
            return ns.Length == 0 ? _md.GetString(type.Name) : ns + "." + _md.GetString(type.Name);
        }

        private string FullName(TypeReferenceHandle handle)
        {
            var type = _md.GetTypeReference(handle);
            string ns = _md.GetString(type.Namespace);
            return ns.Length == 0 ? _md.GetString(type.Name) : ns + "." + _md.GetString(type.Name);
        }

        /// <summary>Decodes a signature to "does it involve generics anywhere?".</summary>
        private sealed class GenericDetector : ISignatureTypeProvider<bool, object?>
        {
            public static readonly GenericDetector Instance = new();

            public bool GetArrayType(bool elementType, ArrayShape shape) => elementType;
            public bool GetByReferenceType(bool elementType) => elementType;
            public bool GetFunctionPointerType(MethodSignature<bool> signature) => signature.ReturnType || signature.ParameterTypes.Any(x => x);
            public bool GetGenericInstantiation(bool genericType, ImmutableArray<bool> typeArguments) => true;
            public bool GetGenericMethodParameter(object? genericContext, int index) => true;
            public bool GetGenericTypeParameter(object? genericContext, int index) => true;
            public bool GetModifiedType(bool modifier, bool unmodifiedType, bool isRequired) => unmodifiedType;
            public bool GetPinnedType(bool elementType) => elementType;
            public bool GetPointerType(bool elementType) => elementType;
            public bool GetPrimitiveType(PrimitiveTypeCode typeCode) => false;
            public bool GetSZArrayType(bool elementType) => elementType;
            public bool GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => false;
            public bool GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => false;
            public bool GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
                reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
        }

        /// <summary>Names a type signature for the report.</summary>
        private sealed class TypeNamer : ISignatureTypeProvider<string, object?>
        {
            private readonly MetadataReader _md;

            private TypeNamer(MetadataReader md) => _md = md;

            public static TypeNamer Instance(MetadataReader md) => new(md);

            public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[,]";
            public string GetByReferenceType(string elementType) => elementType + "&";
            public string GetFunctionPointerType(MethodSignature<string> signature) => "fnptr";
            public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) =>
                genericType + "<" + string.Join(", ", typeArguments) + ">";
            public string GetGenericMethodParameter(object? genericContext, int index) => "!!" + index;
            public string GetGenericTypeParameter(object? genericContext, int index) => "!" + index;
            public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;
            public string GetPinnedType(string elementType) => elementType;
            public string GetPointerType(string elementType) => elementType + "*";
            public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();
            public string GetSZArrayType(string elementType) => elementType + "[]";
            public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) =>
                reader.GetString(reader.GetTypeDefinition(handle).Name);
            public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) =>
                reader.GetString(reader.GetTypeReference(handle).Name);
            public string GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
                reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
        }
    }
}
