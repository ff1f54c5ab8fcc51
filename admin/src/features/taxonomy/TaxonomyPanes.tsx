import { PanePlaceholder } from '../../components/PanePlaceholder';

/** Placeholder: categories in display order, with post counts; create, reorder by drag and keyboard. */
export function CategoriesList() {
  return <PanePlaceholder title="Categories" pane="list">Categories in display order with post counts; create, rename, reorder (drag or keyboard), delete.</PanePlaceholder>;
}

/** Placeholder: edit one category; deleting one that has posts asks where they go. */
export function CategoryDetail() {
  return <PanePlaceholder title="Category" pane="editor">Select a category to rename it, change its slug or description, or delete it.</PanePlaceholder>;
}

/** Placeholder: tags by name with usage counts. */
export function TagsList() {
  return <PanePlaceholder title="Tags" pane="list">Tags by name with usage counts; create, rename, delete.</PanePlaceholder>;
}

/** Placeholder: edit one tag. */
export function TagDetail() {
  return <PanePlaceholder title="Tag" pane="editor">Select a tag to rename it or change its slug.</PanePlaceholder>;
}
