import { useMutation } from '@apollo/client/react';
import { categoryFieldsSchema } from '#shared/post-rules.ts';
import { CategoriesDocument, CreateCategoryDocument } from './documents';

/** The message a typed mutation error shows beside the name field. */
export function errorMessage(result: { __typename: string; message?: string; suggestion?: string }): string {
  if (result.__typename === 'SlugTakenError') return `${result.message ?? 'The slug is taken.'} Give the name another word.`;
  return result.message ?? 'Not saved.';
}

/**
 * createCategory for the "New category" form: validated with the shared rule first, appended to
 * the cached list on success (no refetch), then `onCreated(id)` selects it.
 */
export function useCreateCategory(onCreated: (id: string) => void) {
  const [mutate] = useMutation(CreateCategoryDocument);
  const validate = (name: string) => {
    const parsed = categoryFieldsSchema.shape.name.safeParse(name);
    return parsed.success ? (parsed.data ? null : 'Name is required.') : parsed.error.issues[0]!.message;
  };
  const create = async (name: string): Promise<string | null> => {
    try {
      const { data } = await mutate({
        variables: { input: { name } },
        update: (cache, { data: answer }) => {
          const result = answer?.createCategory;
          if (result?.__typename !== 'CreateCategoryPayload') return;
          cache.updateQuery({ query: CategoriesDocument }, (list) => list && { ...list, categories: [...list.categories, result.category] });
        },
      });
      const result = data?.createCategory;
      if (!result) return 'Not saved.';
      if (result.__typename === 'CreateCategoryPayload') {
        onCreated(result.category.id);
        return null;
      }
      return result.__typename === 'ValidationError' ? result.fieldErrors[0]?.message ?? result.message : errorMessage(result);
    } catch (e) {
      return (e as Error).message;
    }
  };
  return { create, validate };
}
