import { TextInput, type TextInputProps } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';

type SearchInputProps = Omit<TextInputProps, 'onChange' | 'leftSection' | 'type'> & { value: string; onSearch: (text: string) => void };

/** The lists' search box: a search field (Escape clears it, phones show a search key) with the magnifier, handing over the text typed. */
export function SearchInput({ onSearch, ...props }: SearchInputProps) {
  return <TextInput type="search" leftSection={<IconSearch size={16} aria-hidden />} onChange={(e) => onSearch(e.currentTarget.value)} {...props} />;
}
