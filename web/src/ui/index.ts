/**
 * The design system of Weerbaar. This folder is the ONLY place that imports
 * @utrecht/component-library-react (NL Design System); everything else imports
 * from here (`import { Button, TextField } from '../../ui'`). That keeps one
 * seam to swap or theme components, and one list of what we use.
 */
export type {
  AlertProps,
  ButtonProps,
  CheckboxProps,
  FieldsetProps,
  HeadingProps,
  LinkProps,
  ParagraphProps,
  RadioButtonProps,
  SelectProps,
  TableProps,
  TextareaProps,
  TextboxProps,
} from '@utrecht/component-library-react';
export {
  Alert,
  Button,
  ButtonGroup,
  Checkbox,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Document,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading,
  Link,
  LinkList,
  LinkListLink,
  NavList,
  NavListLink,
  Page,
  PageContent,
  PageFooter,
  PageHeader,
  Paragraph,
  PrimaryActionButton,
  RadioButton,
  SecondaryActionButton,
  Select,
  SelectOption,
  SkipLink,
  StatusBadge,
  SubtleButton,
  Surface,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textarea,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
export {
  CheckboxField,
  ChoiceFieldset,
  ChoiceGroup,
  ChoiceOption,
  RadioGroup,
} from './ChoiceGroup';
export { Choropleth, type ChoroplethTexts, type MapShape, type MapValue } from './Choropleth';
export { ErrorSummary, type ErrorSummaryItem } from './ErrorSummary';
export { FileField } from './FileField';
export { type FieldA11yProps, FormField, type FormFieldProps } from './FormField';
export { SelectField, TextareaField, TextField } from './fields';
export { Pagination, type PaginationProps } from './Pagination';
export {
  offsetOf,
  PAGE_PARAM,
  pageCountOf,
  parsePage,
  withPage,
} from './paging';
export { ResponsiveTable, type ResponsiveTableProps } from './ResponsiveTable';
export { RouterLink, RouterNavListLink } from './RouterLink';
export { SvgChart } from './SvgChart';
export { VisuallyHidden } from './VisuallyHidden';
