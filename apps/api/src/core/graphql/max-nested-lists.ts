import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type ASTVisitor,
  type GraphQLNamedType,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/**
 * Refuses an operation whose lists of objects nest deeper than `max` (`cohorts { members { cohorts { members … } } }`):
 * each level multiplies the rows read and the resolvers run by the length of a list, which depth and cost limits
 * (they count fields, not list lengths) cannot see. Fragments are followed wherever they are spread.
 */
export function maxNestedLists(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const schema = context.getSchema();
    // A fragment's own nesting does not depend on where it is spread: worked out once per fragment.
    const fragmentDepths = new Map<string, number>();

    const depthOf = (selectionSet: SelectionSetNode, parent: GraphQLNamedType | undefined, visiting: Set<string>): number => {
      let deepest = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          const field = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[selection.name.value] : undefined;
          if (!field || !selection.selectionSet) continue;
          const inner = depthOf(selection.selectionSet, getNamedType(field.type), visiting);
          deepest = Math.max(deepest, inner + (isListType(getNullableType(field.type)) ? 1 : 0));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
          deepest = Math.max(deepest, depthOf(selection.selectionSet, type, visiting));
        } else {
          const name = selection.name.value;
          const fragment = context.getFragment(name);
          // A cycle is refused by the standard rules already; here it only stops the walk.
          if (!fragment || visiting.has(name)) continue;
          let depth = fragmentDepths.get(name);
          if (depth === undefined) {
            const type = schema.getType(fragment.typeCondition.name.value);
            depth = depthOf(fragment.selectionSet, isCompositeType(type) ? type : undefined, new Set([...visiting, name]));
            fragmentDepths.set(name, depth);
          }
          deepest = Math.max(deepest, depth);
        }
      }
      return deepest;
    };

    return {
      OperationDefinition(operation) {
        const root = schema.getRootType(operation.operation) ?? undefined;
        const depth = depthOf(operation.selectionSet, root, new Set());
        if (depth > max) {
          context.reportError(new GraphQLError(`Lists nest ${depth} deep in this operation; at most ${max} may nest (ask for fewer lists within lists).`, { nodes: [operation] }));
        }
      },
    };
  };
}
